package se.vardflode.patient;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PatientPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/patient", "/patient/");
		registry.addViewController("/patient/").setViewName("forward:/patient/index.html");
		registry.addViewController(PatientSecurityConfiguration.LOGIN_PAGE).setViewName("forward:/patient/login.html");
	}

}
