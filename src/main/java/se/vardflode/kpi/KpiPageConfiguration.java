package se.vardflode.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /kpi} is the dashboard page (static/kpi/index.html, its script built from src/main/frontend/kpi.js). It needs
 * a staff login like the API it reads: the webapps' session, or the form at {@code /kpi/login} (static/kpi/login.html);
 * {@code POST /kpi/logout} ends the session. The security configuration owns both.
 */
@Configuration(proxyBeanMethods = false)
class KpiPageConfiguration implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/kpi").setViewName("forward:/kpi/index.html");
		registry.addViewController("/kpi/").setViewName("forward:/kpi/index.html");
		registry.addViewController("/kpi/login").setViewName("forward:/kpi/login.html");
	}

}
