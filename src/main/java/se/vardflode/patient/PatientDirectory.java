package se.vardflode.patient;

import java.util.Optional;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * Who a patient is by name, for the header of every staff task. The default ({@link EntryPointPatientDirectory}) knows
 * only the name staff gave at the pathway's entry point and, in the demo region, the demo patients. A region replaces
 * it with its lookup in the population register (folkbokföringen, e.g. through its own SPAR or Navet integration) by
 * declaring a bean of this type; the default then steps back. What such an adapter must do is in the README
 * ("The patient's name on a task").
 *
 * <p>Called inside the engine transaction that creates a task, once per task.
 */
public interface PatientDirectory {

	/**
	 * @param patient the patient the task is about
	 * @param givenAtEntry the name staff typed at the pathway's entry point, if they gave one
	 * @return the name staff should see, or empty when the directory has none to show
	 */
	Optional<PatientName> nameOf(Personnummer patient, Optional<PatientName> givenAtEntry);

}
