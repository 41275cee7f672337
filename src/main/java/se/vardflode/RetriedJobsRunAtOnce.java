package se.vardflode;

import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.CamundaFailedJobConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultFailedJobConfiguration;
import org.springframework.stereotype.Component;

import se.vardflode.kernel.CareTime;

/**
 * A job whose last retry failed keeps the due date of a next attempt that will never come (the last interval of its
 * retry cycle, e.g. 5 minutes of {@code R3/PT5M}), and giving it retries again — {@code POST /job/retries},
 * {@code PUT /job/{id}/retries}, Cockpit's "Increment Number of Retries" — does not change it unless the caller also
 * sends a due date: the mails of an operator's retry went out 4 min 46 s later (issue 21). Here the engine's failure
 * handling, unchanged otherwise, sets a job that has failed for good due at the moment it failed, so that whoever
 * retries it, it runs at once. (Replaces the starter's {@link DefaultFailedJobConfiguration}, which would reset the
 * factory.)
 */
@Component
class RetriedJobsRunAtOnce extends DefaultFailedJobConfiguration implements CamundaFailedJobConfiguration {

	@Override
	public void preInit(SpringProcessEngineConfiguration configuration) {
		super.preInit(configuration);
		configuration.setFailedJobCommandFactory(new FailedJobCommandFactory() {

			@Override
			public Command<Object> getCommand(String jobId, Throwable exception) {
				return new DueAtOnceWhenFailedForGood(jobId, exception);
			}

		});
	}

	static class DueAtOnceWhenFailedForGood extends DefaultJobRetryCmd {

		DueAtOnceWhenFailedForGood(String jobId, Throwable exception) {
			super(jobId, exception);
		}

		@Override
		public Object execute(CommandContext commandContext) {
			super.execute(commandContext);
			JobEntity job = getJob();
			if (job != null && job.getRetries() == 0) {
				job.setDuedate(CareTime.nowAsDate());
			}
			return null;
		}

	}

}
