package se.vardflode.patient;

import java.util.Optional;

import se.vardflode.kernel.PatientName;
import se.vardflode.kernel.Personnummer;

/**
 * The default {@link PatientDirectory}: the name given at the entry point, else the demo patient's name (default
 * profile only; production has no demo patients), else none. It asks no register, so a name nobody typed is unknown.
 */
class EntryPointPatientDirectory implements PatientDirectory {

	private final DemoPatients demoPatients;

	EntryPointPatientDirectory(DemoPatients demoPatients) {
		this.demoPatients = demoPatients;
	}

	@Override
	public Optional<PatientName> nameOf(Personnummer patient, Optional<PatientName> givenAtEntry) {
		return givenAtEntry.or(() -> demoPatients.find(patient).map(demo -> PatientName.parse(demo.name())));
	}

}
