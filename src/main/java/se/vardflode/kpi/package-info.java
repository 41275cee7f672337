/**
 * Follow-up figures per unit and month, computed from the engine's history (never from counters kept on the side),
 * as JSON and as CSV with Swedish headings. Staff see their own units; managers and the process owner all units. The
 * queries read the process keys, activity ids and variable names from the pathways' process facades.
 */
@ApplicationModule(allowedDependencies = { "api", "chat", "identity", "kernel", "referral", "security", "sip", "triage" })
package se.vardflode.kpi;

import org.springframework.modulith.ApplicationModule;
