package se.vardflode.sip;

import java.util.List;

import se.vardflode.sip.SipRequest.ExternalParticipant;
import se.vardflode.sip.SipRequest.Participants;

/** SIP requests as staff send them, with domain names; Tolvan Tolvansson's test personnummer. */
final class SipFixtures {

	static final String PATIENT = "19121212-1212";
	static final String PATIENT_EMAIL = "tolvan@example.se";
	static final String MUNICIPALITY_UNIT = "kommun-gavle-socialtjanst";
	static final String MUNICIPALITY = "Gävle kommun";
	static final String PSYCHIATRY_UNIT = "psykiatri-gavleborg";
	static final String PST_UNIT = "pst-sodra-halsingland";
	static final String REGION = "Region Gävleborg";
	static final String SCHOOL = "Polhemsskolan";
	static final String SCHOOL_COUNSELLOR_MAIL = "kurator@polhem.example";
	static final String FK_MAIL = "handlaggare@fk.example";
	static final String SOCIAL_WORKER = "kommun.eva";

	private SipFixtures() {
	}

	/** Social services in Gävle ask for a SIP with psychiatry, PST, the school counsellor and Försäkringskassan. */
	static SipRequest socialServicesRequestWithPsychiatryAndSchool() {
		return new SipRequest(PATIENT, PATIENT_EMAIL, MUNICIPALITY, MUNICIPALITY_UNIT,
				"Behöver samordnade insatser från psykiatri, skola och socialtjänst",
				new Participants(List.of(PSYCHIATRY_UNIT, PST_UNIT), List.of(
						new ExternalParticipant("Anna Kurator", SCHOOL, SCHOOL_COUNSELLOR_MAIL),
						new ExternalParticipant("Olle Handläggare", "Försäkringskassan", FK_MAIL))));
	}

}
