package se.vardflode.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * When a chat closes and when its reminder is due. Calendar arithmetic is done in Swedish time so that "one year"
 * ends on the same date and hour, whatever daylight saving did in between.
 */
final class ChatPeriod {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	static final String FROM_ENROLLMENT = "enrollment";
	static final String FROM_DUE_DATE = "dueDate";

	private ChatPeriod() {
	}

	/**
	 * @param periodStart {@value #FROM_ENROLLMENT} or {@value #FROM_DUE_DATE}, from chat-duration.dmn
	 * @param openPeriod ISO-8601 period from chat-duration.dmn, e.g. {@code P1Y}, {@code P12W}
	 * @param openedAt when the chat opens
	 * @param dueDate the expected due date (MVC), else {@code null}
	 */
	static Instant expiresAt(String periodStart, String openPeriod, Instant openedAt, LocalDate dueDate) {
		Period period = Period.parse(openPeriod);
		return switch (periodStart) {
			case FROM_ENROLLMENT -> openedAt.atZone(SWEDEN).plus(period).toInstant();
			// the chat stays open through the day the period ends
			case FROM_DUE_DATE -> {
				if (dueDate == null) {
					throw new IllegalStateException("chat-duration counts from the due date but the chat has none");
				}
				yield endOfDay(dueDate.plus(period));
			}
			default -> throw new IllegalStateException("chat-duration gave an unknown periodStart: " + periodStart);
		};
	}

	/** Open through the given day: closes at midnight after it, Swedish time. */
	static Instant endOfDay(LocalDate lastDay) {
		return lastDay.plusDays(1).atStartOfDay(SWEDEN).toInstant();
	}

	/** The reminder is due the lead time before closing, but never before the chat opened. */
	static Instant reminderAt(Instant expiresAt, Duration leadTime, Instant openedAt) {
		Instant reminder = expiresAt.minus(leadTime);
		return reminder.isBefore(openedAt) ? openedAt : reminder;
	}

	/** An extension counts from the current closing time, not from today: an early extension loses nothing. */
	static Instant extend(Instant expiresAt, int months) {
		return expiresAt.atZone(SWEDEN).plusMonths(months).toInstant();
	}

}
