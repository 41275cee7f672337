/**
 * How the engine is tuned for region scale (issue 22, docs/benchmarks.md): authorization checks that read only grants
 * (the project creates no REVOKE, and the engine refuses one), on PostgreSQL the authorized group ids read through an
 * index instead of a scan of every task grant, the grants joined on an array instead of a list and each run of a
 * statement that checks grants planned for its own values, decision tables' FEEL parsed once, each new row's id
 * checked without writing the row out as text, and the history level {@code vardflode}: full history without the
 * rows nothing reads.
 */
@ApplicationModule(allowedDependencies = {})
package se.vardflode.engine;

import org.springframework.modulith.ApplicationModule;
