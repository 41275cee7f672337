package se.vardflode.patient;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The name lookup behind task headers: the entry point's name and the demo list, unless the region declares its own
 * {@link PatientDirectory} bean (a component of its own, found by the component scan before this configuration's
 * beans are registered).
 */
@Configuration(proxyBeanMethods = false)
class PatientDirectoryConfiguration {

	@Bean
	@ConditionalOnMissingBean(PatientDirectory.class)
	PatientDirectory entryPointPatientDirectory(DemoPatients demoPatients) {
		return new EntryPointPatientDirectory(demoPatients);
	}

}
