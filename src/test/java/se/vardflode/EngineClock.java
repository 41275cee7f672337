package se.vardflode;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock in tests: timers are due, deadlines pass and "today" changes by moving it, never by sleeping.
 * {@link VardflodeTest} puts it back to the real time after each test.
 */
public final class EngineClock {

	private EngineClock() {
	}

	public static void setTo(Instant now) {
		ClockUtil.setCurrentTime(Date.from(now));
	}

	public static void setTo(String isoInstant) {
		setTo(Instant.parse(isoInstant));
	}

	public static void setTo(Date now) {
		ClockUtil.setCurrentTime(now);
	}

	/** Moves the clock on from where it stands. */
	public static void advance(Duration duration) {
		setTo(now().plus(duration));
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public static void reset() {
		ClockUtil.reset();
	}

}
