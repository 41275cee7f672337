package se.vardflode.sip;

import java.util.List;

import se.vardflode.sip.SipRequest.Custodian;
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
	/** Nils Testsson, 16 in November 2026 (Skatteverket's test number): old enough to be asked himself too. */
	static final String TEEN = "20100223-9802";
	/** A child of nine, with her two custodians (Skatteverket's test numbers; made-up people). */
	static final String CHILD = "20170302-9809";
	static final String MOTHER = "19890101-9805";
	static final String FATHER = "19121212-1212";
	static final String MOTHER_EMAIL = "mamma@example.se";
	static final String FATHER_EMAIL = "pappa@example.se";

	private SipFixtures() {
	}

	/** Social services in Gävle ask for a SIP with psychiatry, PST, the school counsellor and Försäkringskassan. */
	static SipRequest socialServicesRequestWithPsychiatryAndSchool() {
		return new SipRequest(PATIENT, PATIENT_EMAIL, MUNICIPALITY, MUNICIPALITY_UNIT,
				"Behöver samordnade insatser från psykiatri, skola och socialtjänst", participantsWithPsychiatryAndSchool());
	}

	static Participants participantsWithPsychiatryAndSchool() {
		return new Participants(List.of(PSYCHIATRY_UNIT, PST_UNIT), List.of(
				new ExternalParticipant("Anna Kurator", SCHOOL, SCHOOL_COUNSELLOR_MAIL),
				new ExternalParticipant("Olle Handläggare", "Försäkringskassan", FK_MAIL)));
	}

	static SipRequest withMunicipality(SipRequest request, String municipality) {
		return new SipRequest(request.patientPersonnummer(), request.patientEmail(), request.initiatingOrganisation(),
				request.initiatingUnitId(), request.reason(), request.participants(), request.patientName(), municipality,
				request.custodians());
	}

	/** Social services ask for a SIP for a child of nine, with psychiatry and the school. */
	static SipRequest forAChild(List<Custodian> custodians) {
		return forAChild(CHILD, custodians);
	}

	static SipRequest forAChild(String child, List<Custodian> custodians) {
		return new SipRequest(child, null, MUNICIPALITY, MUNICIPALITY_UNIT, "Barnet behöver stöd från skola, BUP och socialtjänst",
				participantsWithPsychiatryAndSchool(), "Saga Testsson", MUNICIPALITY, custodians);
	}

	static SipRequest childWithTwoCustodians() {
		return forAChild(List.of(new Custodian(MOTHER, "Lova Testsson", MOTHER_EMAIL), new Custodian(FATHER, "Tolvan Tolvansson", FATHER_EMAIL)));
	}

	static Custodian custodian(String personnummer) {
		return new Custodian(personnummer, null, null);
	}

}
