package se.vardflode.triage;

import java.time.Period;
import java.util.Date;

import org.springframework.stereotype.Component;

import se.vardflode.governance.ModelCallable;
import se.vardflode.kernel.CareTime;

/**
 * Due dates of the triage's staff tasks, in calendar days as vårdgarantin counts them:
 * {@code camunda:dueDate="${triageDue.in('P14D')}"} from now (the decision that created the task), or
 * {@code ${triageDue.endOfToday()}} for what must be done the same day (acute suicide risk).
 */
@Component("triageDue")
public class TriageDue {

	/** Now (the engine's clock) plus an ISO-8601 period of calendar days ({@code P14D}). */
	@ModelCallable
	public Date in(String isoPeriod) {
		return Date.from(CareTime.fromNow(Period.parse(isoPeriod)));
	}

	/** Midnight tonight in Sweden: "the same day" as staff mean it. */
	@ModelCallable
	public Date endOfToday() {
		return Date.from(CareTime.startOf(CareTime.today().plusDays(1)).minusSeconds(1));
	}

}
