/**
 * Follow-up figures per unit and month, computed from the engine's history (never from counters kept on the side),
 * as JSON and as CSV with Swedish headings. Staff see their own units; managers and the process owner all units.
 */
package se.vardflode.kpi;
