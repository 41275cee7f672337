package se.vardflode.sip;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.vardflode.identity.CareUnits;

@Configuration(proxyBeanMethods = false)
class SipConfiguration {

	@Bean
	SipRequestValidator sipRequestValidator(CareUnits careUnits) {
		return new SipRequestValidator(careUnits);
	}

}
