package se.vardflode.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /kpi} is the dashboard page (static/kpi/index.html, its script built from src/main/frontend/kpi.js). It is
 * not among the public paths of the security configuration, so it needs a staff login like the API it reads.
 */
@Configuration(proxyBeanMethods = false)
class KpiPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/kpi").setViewName("forward:/kpi/index.html");
		registry.addViewController("/kpi/").setViewName("forward:/kpi/index.html");
	}

}
