package se.vardflode.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Care time: what time it is, for every pathway, and in which zone a care day begins and ends. It reads the engine's
 * clock ({@link ClockUtil}), the same one the engine's timers and history use, so that a test that moves the engine
 * clock moves every deadline, due date and "today" with it. Calendar arithmetic (a year, three calendar days, the
 * end of a day) is done in Swedish time, so that a period ends on the same date and hour whatever daylight saving did
 * in between.
 */
public final class CareTime {

	/** The zone of every care day, deadline and date shown to staff and patients. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private CareTime() {
	}

	/** Now, by the engine's clock. */
	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Now as a {@link Date}, the type of the engine's date variables. */
	public static Date nowAsDate() {
		return Date.from(now());
	}

	/** Today's date in Sweden. */
	public static LocalDate today() {
		return dayOf(now());
	}

	/** The Swedish date of an instant. */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

	/** Now plus a calendar period ({@code P3D}, {@code P1Y}) or a duration ({@code PT2H}), counted in Swedish time. */
	public static Instant fromNow(TemporalAmount amount) {
		return plus(now(), amount);
	}

	/** An instant plus a calendar period or a duration, counted in Swedish time. */
	public static Instant plus(Instant instant, TemporalAmount amount) {
		return instant.atZone(ZONE).plus(amount).toInstant();
	}

	/** The first instant of a Swedish day. */
	public static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZONE).toInstant();
	}

	/** A Swedish date and time of day as an instant. */
	public static Instant at(LocalDateTime swedishTime) {
		return swedishTime.atZone(ZONE).toInstant();
	}

	/** An instant in Swedish time. */
	public static ZonedDateTime inSweden(Instant instant) {
		return instant.atZone(ZONE);
	}

}
