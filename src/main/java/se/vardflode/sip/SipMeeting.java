package se.vardflode.sip;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import se.vardflode.kernel.CareTime;

/**
 * The SIP meeting as the coordinator books it in {@code forms/sip-meeting.form}: date and time (Swedish time), and a
 * place or a video link.
 */
record SipMeeting(LocalDate date, LocalTime time, String place, String videoLink) {

	/** A booking read from form variables, with what could not be read (field → Swedish reason). */
	record Parsed(SipMeeting meeting, Map<String, String> errors) {
	}

	/** From the form's variables, by name (a submission's or a task's). */
	static Parsed parse(Function<String, Object> values) {
		return parse(values.apply(SipProcess.MEETING_DATE.name()), values.apply(SipProcess.MEETING_TIME.name()),
				values.apply(SipProcess.MEETING_PLACE.name()), values.apply(SipProcess.MEETING_VIDEO_LINK.name()));
	}

	static Parsed parse(Object date, Object time, Object place, Object videoLink) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate parsedDate = null;
		LocalTime parsedTime = null;
		if (isBlank(date)) {
			errors.put(SipProcess.MEETING_DATE.name(), "Ange datum för mötet");
		}
		else {
			try {
				parsedDate = LocalDate.parse(date.toString().strip());
			}
			catch (DateTimeParseException ex) {
				errors.put(SipProcess.MEETING_DATE.name(), "Datumet ska skrivas som ÅÅÅÅ-MM-DD");
			}
		}
		if (isBlank(time)) {
			errors.put(SipProcess.MEETING_TIME.name(), "Ange tid för mötet");
		}
		else {
			try {
				parsedTime = LocalTime.parse(time.toString().strip());
			}
			catch (DateTimeParseException ex) {
				errors.put(SipProcess.MEETING_TIME.name(), "Tiden ska skrivas som TT:MM");
			}
		}
		return new Parsed(new SipMeeting(parsedDate, parsedTime, text(place), text(videoLink)), errors);
	}

	/** A meeting is booked ahead, and somewhere: a place to go to or a link to join. */
	Map<String, String> violations(Instant now) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (date != null && time != null && !startsAt().isAfter(now)) {
			errors.put(SipProcess.MEETING_DATE.name(), "Mötet måste ligga framåt i tiden");
		}
		if (place == null && videoLink == null) {
			errors.put(SipProcess.MEETING_PLACE.name(), "Ange plats eller länk till videomöte");
		}
		else if (videoLink != null && !videoLink.startsWith("https://")) {
			errors.put(SipProcess.MEETING_VIDEO_LINK.name(), "Länken till videomötet ska börja med https://");
		}
		return errors;
	}

	Instant startsAt() {
		return CareTime.at(date.atTime(time));
	}

	/** Where participants go, as the invitation says it. */
	String location() {
		if (place != null && videoLink != null) {
			return place + " eller via video: " + videoLink;
		}
		return place != null ? place : "videomöte: " + videoLink;
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

	private static String text(Object value) {
		return isBlank(value) ? null : value.toString().strip();
	}

}
