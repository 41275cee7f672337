/**
 * The asynchronous chat opened at enrollment at MVC, BVC or UM (issue 3, seed 000): the enrollment API, the chat
 * channel table, the delegates of {@code processes/chat-enrollment.bpmn} and the rules for how long a chat is open.
 */
package se.vardflode.chat;
