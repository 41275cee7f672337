/**
 * The project's own Bean Validation constraints for the API's request records: {@code @Personnummer} and
 * {@code @Email}, checked by the kernel's value types so that a number or an address means the same at every entry
 * point. Their Swedish messages are in {@code ValidationMessages.properties}.
 */
package se.vardflode.kernel.constraints;
