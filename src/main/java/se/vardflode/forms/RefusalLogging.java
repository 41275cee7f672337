package se.vardflode.forms;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;

/**
 * A refused submission is the person's mistake, not the server's. The engine logs every exception that ends a command
 * at ERROR with its stack trace (ENGINE-16004) unless it knows it as the caller's (a bad request, a refused
 * authorization, a lost optimistic lock: DEBUG); this adds {@link FormValidationException} to those. The check that
 * refuses logs one INFO line naming the task and the fields; every other failure is logged as before.
 */
class RefusalLogging extends CommandContextFactory {

	@Override
	public CommandContext createCommandContext() {
		return new CommandContext(processEngineConfiguration) {

			@Override
			protected boolean shouldLogFine(Throwable exception) {
				return exception instanceof FormValidationException || super.shouldLogFine(exception);
			}

		};
	}

}
