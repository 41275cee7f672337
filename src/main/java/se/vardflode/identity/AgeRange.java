package se.vardflode.identity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The ages, in whole years, a unit serves ({@code vardflode.units[].age-range}), both ends included: a youth clinic
 * is for young people of roughly 13 to 25.
 */
public record AgeRange(@Min(0) int min, @Max(130) int max) {

	public boolean contains(int age) {
		return age >= min && age <= max;
	}

	@AssertTrue(message = "age-range: min must not be greater than max")
	boolean isOrdered() {
		return min <= max;
	}

}
