/**
 * The shared kernel: what every pathway uses and none owns — {@link se.vardflode.kernel.Personnummer} (parse,
 * validate, mask), {@link se.vardflode.kernel.EmailAddress}, {@link se.vardflode.kernel.PatientAssignee} (whose task
 * is a patient's), {@link se.vardflode.kernel.CareTime} (the engine's clock in Swedish time, the only place that
 * reads it), {@link se.vardflode.kernel.ProcessVariable} (a typed process variable for the pathways' process
 * facades) and the Bean Validation constraints of the API's request records
 * ({@code kernel.constraints}). It depends on no other module; every other module may depend on it, on its
 * sub-package too (an open module).
 */
@ApplicationModule(type = Type.OPEN, allowedDependencies = {})
package se.vardflode.kernel;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.ApplicationModule.Type;
