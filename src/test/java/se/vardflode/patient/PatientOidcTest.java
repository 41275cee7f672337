package se.vardflode.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import se.vardflode.VardflodeTest;

/**
 * Patients who log in through the e-identification broker (OpenID Connect): the personnummer comes from the
 * configured claim, and the patient it maps to sees only her own tasks.
 */
@VardflodeTest
class PatientOidcTest {

	static final String SWEDISH_OIDC_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";
	static final PatientOidc.Settings DEFAULTS = new PatientOidc.Settings("patient", SWEDISH_OIDC_CLAIM, "name");

	@Autowired
	WebApplicationContext context;
	@Autowired
	PatientOidc.Settings settings;

	@Test
	void the_personnummer_comes_from_the_swedish_oidc_claim_by_default() {
		assertThat(settings).isEqualTo(DEFAULTS);

		PatientOidc.PatientOidcUser patient = PatientOidc.toPatient(brokerUser(Map.of(SWEDISH_OIDC_CLAIM, "198901019805", "name", "Lova Testsson")), DEFAULTS);

		assertThat(patient.patient().personnummer()).isEqualTo(PatientTaskFixtures.LOVA);
		assertThat(patient.patient().displayName()).isEqualTo("Lova Testsson");
		assertThat(patient.getName()).isEqualTo("1989****-****");
		assertThat(patient.getAuthorities()).extracting(Object::toString).containsExactly(DemoPatientAuthenticationProvider.PATIENT_ROLE);
	}

	@Test
	void the_claim_is_configurable() {
		PatientOidc.Settings broker = new PatientOidc.Settings("patient", "pnr", "given_name");

		assertThat(PatientOidc.toPatient(brokerUser(Map.of("pnr", "19121212-1212", "given_name", "Tolvan")), broker).patient().personnummer())
			.isEqualTo(PatientTaskFixtures.TOLVAN);
	}

	@Test
	void a_login_without_a_valid_personnummer_is_refused() {
		assertThatThrownBy(() -> PatientOidc.toPatient(brokerUser(Map.of("name", "Ingen")), DEFAULTS))
			.isInstanceOf(OAuth2AuthenticationException.class);
		assertThatThrownBy(() -> PatientOidc.toPatient(brokerUser(Map.of(SWEDISH_OIDC_CLAIM, "191212121213")), DEFAULTS))
			.isInstanceOf(OAuth2AuthenticationException.class);
	}

	@Test
	void an_oidc_patient_sees_only_her_own_tasks() throws Exception {
		PatientTaskFixtures.deployQuestionnaire(repositoryService());
		ProcessInstance lovas = PatientTaskFixtures.questionnaireSentTo(runtimeService(), PatientTaskFixtures.LOVA, Instant.parse("2026-12-01T12:00:00Z"));
		ProcessInstance tolvans = PatientTaskFixtures.questionnaireSentTo(runtimeService(), PatientTaskFixtures.TOLVAN, Instant.parse("2026-12-01T12:00:00Z"));
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		OidcUser lova = PatientOidc.toPatient(brokerUser(Map.of(SWEDISH_OIDC_CLAIM, "198901019805", "name", "Lova Testsson")), DEFAULTS);
		try {
			mvc.perform(get("/api/patient/tasks").with(oidcLogin().oidcUser(lova)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.patientName").value("Lova Testsson"))
				.andExpect(jsonPath("$.tasks.length()").value(1))
				.andExpect(jsonPath("$.tasks[0].id").value(PatientTaskFixtures.taskOf(taskService(), lovas).getId()));
			mvc.perform(get("/api/patient/tasks/" + PatientTaskFixtures.taskOf(taskService(), tolvans).getId()).with(oidcLogin().oidcUser(lova)))
				.andExpect(status().isNotFound());
		}
		finally {
			runtimeService().deleteProcessInstance(lovas.getId(), "test done");
			runtimeService().deleteProcessInstance(tolvans.getId(), "test done");
		}
	}

	private static OidcUser brokerUser(Map<String, Object> claims) {
		OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject("broker-subject-1").issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60)).claims(all -> all.putAll(claims)).build();
		return new DefaultOidcUser(List.of(), token);
	}

}
