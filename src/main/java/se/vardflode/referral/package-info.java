/**
 * Referrals (remisser) between primary care and psychiatry that stop bouncing: routing by a DMN table, an
 * assessment deadline, interim responsibility for the sending unit, a joint consultation instead of a second
 * return, and the care guarantee for the first specialist visit.
 */
package se.vardflode.referral;
