package se.vardflode.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped settings hold together: every mail timeout is far below the time a node owns a job (so a hung mail
 * server fails the job while this node still owns it, and it is retried, not run twice), and a killed node's jobs
 * are free for the others within a minute (lock time plus the longest idle wait of the production job executor).
 */
class MailTimeoutsFitTheLockTest {

	Properties shared = yaml("application.yaml");
	Properties production = yaml("application-postgres.yaml");

	@Test
	void every_mail_timeout_is_at_most_a_fifth_of_the_job_lock_time() {
		long lockTime = millis(shared, "camunda.bpm.job-execution.lock-time-in-millis");

		for (String timeout : new String[] { "connectiontimeout", "timeout", "writetimeout" }) {
			long value = millis(shared, "spring.mail.properties[mail.smtp." + timeout + "]");
			assertThat(value).as("mail.smtp.%s", timeout).isPositive().isLessThanOrEqualTo(lockTime / 5);
		}
	}

	@Test
	void a_killed_nodes_jobs_are_free_for_the_other_nodes_within_a_minute() {
		long lockTime = millis(shared, "camunda.bpm.job-execution.lock-time-in-millis");
		long longestIdleWait = millis(production, "camunda.bpm.job-execution.max-wait");

		assertThat(lockTime + longestIdleWait).isLessThanOrEqualTo(60_000);
	}

	private static long millis(Properties properties, String key) {
		assertThat(properties).containsKey(key);
		return Long.parseLong(properties.get(key).toString());
	}

	private static Properties yaml(String file) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource(file));
		return yaml.getObject();
	}

}
