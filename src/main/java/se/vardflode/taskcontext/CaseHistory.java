package se.vardflode.taskcontext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a completed staff task adds to its case's history, which the later tasks of the same process show under
 * "Förlopp" (a referral's returns, requests for more information and replies). The task context records when, by whom
 * and from which unit; the pathway says what happened and what was written.
 */
public final class CaseHistory {

	record Entry(String what, String text) {
	}

	private final List<Entry> entries = new ArrayList<>();

	CaseHistory() {
	}

	/**
	 * @param what what happened, as staff say it ("Returnerad"); nothing is recorded without it
	 * @param text what the person wrote with it, or {@code null}
	 */
	public CaseHistory record(String what, String text) {
		if (what != null && !what.isBlank()) {
			entries.add(new Entry(what, text == null ? "" : text.strip()));
		}
		return this;
	}

	List<Entry> entries() {
		return Collections.unmodifiableList(entries);
	}

}
