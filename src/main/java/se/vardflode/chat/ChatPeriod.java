package se.vardflode.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import se.vardflode.kernel.CareTime;

/**
 * When a chat closes and when its reminder is due, from what {@code chat-duration.dmn} decided. Calendar arithmetic
 * is done in Swedish time ({@link CareTime}) so that "one year" ends on the same date and hour, whatever daylight
 * saving did in between.
 */
final class ChatPeriod {

	/** The decision's {@code periodStart}: counted from when the chat opens. */
	static final String FROM_ENROLLMENT = "enrollment";
	/** Counted from the expected due date (MVC, before the delivery). */
	static final String FROM_DUE_DATE = "dueDate";
	/** Counted from the day of birth (MVC, after the delivery: the postnatal visit). */
	static final String FROM_BIRTH_DATE = "birthDate";

	private ChatPeriod() {
	}

	/**
	 * What chat-duration.dmn decided.
	 *
	 * @param periodStart {@value #FROM_ENROLLMENT}, {@value #FROM_DUE_DATE} or {@value #FROM_BIRTH_DATE}
	 * @param openPeriod an ISO-8601 period such as {@code P1Y} or {@code P12W}
	 */
	record Decided(String periodStart, String openPeriod) {
	}

	/**
	 * @param decided what chat-duration.dmn decided
	 * @param openedAt when the chat opened
	 * @param dueDate the expected due date (MVC), else {@code null}
	 * @param birthDate the day of birth (MVC after the delivery), else {@code null}
	 */
	static Instant expiresAt(Decided decided, Instant openedAt, LocalDate dueDate, LocalDate birthDate) {
		Period period = Period.parse(decided.openPeriod());
		String periodStart = decided.periodStart();
		return switch (periodStart) {
			case FROM_ENROLLMENT -> CareTime.plus(openedAt, period);
			// the chat stays open through the day the period ends
			case FROM_DUE_DATE -> endOfDay(required(dueDate, periodStart).plus(period));
			case FROM_BIRTH_DATE -> endOfDay(required(birthDate, periodStart).plus(period));
			default -> throw new IllegalStateException("chat-duration gave an unknown periodStart: " + periodStart);
		};
	}

	/** Open through the given day: closes at midnight after it, Swedish time. */
	static Instant endOfDay(LocalDate lastDay) {
		return CareTime.startOf(lastDay.plusDays(1));
	}

	/** The reminder is due the lead time before closing, but never before the chat opened. */
	static Instant reminderAt(Instant expiresAt, Duration leadTime, Instant openedAt) {
		Instant reminder = expiresAt.minus(leadTime);
		return reminder.isBefore(openedAt) ? openedAt : reminder;
	}

	/** An extension counts from the current closing time, not from today: an early extension loses nothing. */
	static Instant extend(Instant expiresAt, int months) {
		return CareTime.plus(expiresAt, Period.ofMonths(months));
	}

	private static LocalDate required(LocalDate day, String periodStart) {
		if (day == null) {
			throw new IllegalStateException("chat-duration counts from " + periodStart + " but the chat has no such date");
		}
		return day;
	}

}
