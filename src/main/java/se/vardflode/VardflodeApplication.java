package se.vardflode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VardflodeApplication {

	public static void main(String[] args) {
		SpringApplication.run(VardflodeApplication.class, args);
	}

}
