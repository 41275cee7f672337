package se.vardflode.taskcontext;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * What a staff task shows about its case, as its pathway's {@link TaskContextSource} fills it in. The patient (name,
 * personnummer, age) and the due date come from elsewhere; the source says who sent the task, which deadline it has
 * and what the previous steps found:
 * <ul>
 * <li>{@link #finding findings}: short values the pathway controls (a score and its band, a unit, a date), shown as
 * lines of the header ("PHQ-9: 17 – måttligt svår");</li>
 * <li>{@link #text texts}: what someone wrote (a contact reason, a nurse's note, a referral's question), shown as plain
 * text in a table, never as markdown;</li>
 * <li>{@link #answer answers}: a questionnaire's items with the patient's answers;</li>
 * <li>{@link #event events}: the case's history (a referral's returns and replies).</li>
 * </ul>
 * A value that is {@code null} or blank is left out, so a source may pass optional values as they are.
 */
public final class TaskContext {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	record Line(String label, String value) {
	}

	record Answer(String questionnaire, String question, String answer) {
	}

	record Event(String when, String what, String text) {
	}

	private String from;
	private String fromUnitId;
	private String deadline;
	private String about;
	private final List<Line> findings = new ArrayList<>();
	private final List<Line> texts = new ArrayList<>();
	private final List<Answer> answers = new ArrayList<>();
	private final List<Event> events = new ArrayList<>();

	TaskContext() {
	}

	/** Who sent the task, in words ("Patienten, via rådgivningens telefon"). */
	public TaskContext from(String who) {
		this.from = blankToNull(who);
		return this;
	}

	/** The unit that sent the task, by its id in {@code vardflode.units}; the header shows its name. */
	public TaskContext fromUnit(String unitId) {
		this.fromUnitId = blankToNull(unitId);
		return this;
	}

	/**
	 * Which deadline the task's due date is, or what the time limit is when it has none ("Vårdgarantin: bedömning inom
	 * 3 dagar", "Samma dag").
	 */
	public TaskContext deadline(String what) {
		this.deadline = blankToNull(what);
		return this;
	}

	/** For a task about no single patient (a group): what it is about, shown where the patient would be. */
	public TaskContext about(String what) {
		this.about = blankToNull(what);
		return this;
	}

	/** A short value the pathway controls: a score and its band, a unit's name, a date, a number. */
	public TaskContext finding(String label, String value) {
		if (blankToNull(value) != null) {
			findings.add(new Line(label, value.strip()));
		}
		return this;
	}

	/** A date (and time, when it has one) as a finding. */
	public TaskContext finding(String label, Date when) {
		return when == null ? this : finding(label, dayAndTime(when));
	}

	/** Free text someone wrote, shown as written. */
	public TaskContext text(String label, String text) {
		if (blankToNull(text) != null) {
			texts.add(new Line(label, text.strip()));
		}
		return this;
	}

	/** One item of a questionnaire and the patient's answer to it. */
	public TaskContext answer(String questionnaire, String question, String answer) {
		answers.add(new Answer(questionnaire, question, answer == null ? "ej besvarat" : answer));
		return this;
	}

	/** Something that happened in the case, with what was written then (may be {@code null}). */
	public TaskContext event(Date when, String what, String text) {
		events.add(new Event(when == null ? "" : dayAndTime(when), what, text == null ? "" : text.strip()));
		return this;
	}

	/** A day as staff read it: 2026-11-23. */
	public static String day(Date when) {
		return DAY.format(when.toInstant().atZone(SWEDEN));
	}

	/** A day as staff read it: 2026-11-23. */
	public static String day(Instant when) {
		return DAY.format(when.atZone(SWEDEN));
	}

	/** A moment as staff read it: 2026-11-23 14:00, or only the day at midnight or the end of a day. */
	public static String dayAndTime(Date when) {
		return dayAndTime(when.toInstant());
	}

	static String dayAndTime(Instant when) {
		ZonedDateTime local = when.atZone(SWEDEN);
		LocalTime time = local.toLocalTime();
		boolean wholeDay = time.equals(LocalTime.MIDNIGHT) || time.getHour() == 23 && time.getMinute() == 59;
		return (wholeDay ? DAY : DAY_AND_TIME).format(local);
	}

	Optional<String> from() {
		return Optional.ofNullable(from);
	}

	Optional<String> fromUnitId() {
		return Optional.ofNullable(fromUnitId);
	}

	Optional<String> deadline() {
		return Optional.ofNullable(deadline);
	}

	Optional<String> about() {
		return Optional.ofNullable(about);
	}

	List<Line> findings() {
		return Collections.unmodifiableList(findings);
	}

	List<Line> texts() {
		return Collections.unmodifiableList(texts);
	}

	List<Answer> answers() {
		return Collections.unmodifiableList(answers);
	}

	List<Event> events() {
		return Collections.unmodifiableList(events);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
