package se.vardflode.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vardflode.forms.FieldError;
import se.vardflode.forms.Submission;
import se.vardflode.forms.TaskRule;

/**
 * "Skriv remiss": a draft that is sent needs what the routing table decides on (an ICD-10-SE code, severity, suicide
 * risk), and is refused here — not after sending — when the table keeps it at the sender's own unit, naming the request
 * type, because a consultation is always possible. A draft the unit keeps needs its reason.
 */
@Component
class ReferralDraftRule implements TaskRule {

	private final ReferralSettings settings;

	ReferralDraftRule(ReferralSettings settings) {
		this.settings = settings;
	}

	@Override
	public String formId() {
		return "referral-draft";
	}

	@Override
	public List<FieldError> check(Submission submission) {
		List<FieldError> errors = new ArrayList<>();
		Object decision = submission.value(ReferralProcess.DRAFT_DECISION.name());
		if ("KEEP".equals(decision) && isBlank(submission.value(ReferralProcess.KEEP_NOTE.name()))) {
			errors.add(new FieldError(ReferralProcess.KEEP_NOTE.name(), "Skriv varför enheten behåller patienten."));
		}
		if (!"SEND".equals(decision)) {
			return errors;
		}
		if (!(submission.value(ReferralProcess.DIAGNOSIS_CODE.name()) instanceof String code) || !DiagnosisCode.isValid(code)) {
			errors.add(new FieldError(ReferralProcess.DIAGNOSIS_CODE.name(), "Diagnoskoden ska skrivas enligt ICD-10-SE, till exempel F32.1"));
		}
		if (isBlank(submission.value(ReferralProcess.SEVERITY.name()))) {
			errors.add(new FieldError(ReferralProcess.SEVERITY.name(), "Ange svårighetsgrad."));
		}
		if (isBlank(submission.value(ReferralProcess.SUICIDE_RISK.name()))) {
			errors.add(new FieldError(ReferralProcess.SUICIDE_RISK.name(), "Ange bedömd suicidrisk."));
		}
		if (errors.isEmpty() && keptAtOwnUnit(submission)) {
			errors.add(new FieldError(ReferralProcess.REQUEST_TYPE.name(), "Enligt remissriktlinjerna stannar ett övertagande av patienten "
					+ "hos er enhet. Skicka en konsultation, eller behåll patienten."));
		}
		return errors;
	}

	/** Whether the routing table would send the draft, as the submission leaves it, to the sender's own unit. */
	private boolean keptAtOwnUnit(Submission submission) {
		Map<String, Object> facts = Referrals.draftFacts(submission::value).asMap();
		ReferralRouting.Route route = ReferralRouting.route(submission.task().getProcessEngineServices().getDecisionService(), facts);
		return settings.receivers().get(route.receiver()).equals(ReferralProcess.SENDING_UNIT_ID.from(submission.task()));
	}

	private static boolean isBlank(Object value) {
		return !(value instanceof String text) || text.isBlank();
	}

}
