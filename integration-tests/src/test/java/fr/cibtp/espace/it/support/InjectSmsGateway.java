package fr.cibtp.espace.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the SMS gateway stand-in: a real HTTP endpoint in the test JVM on the dev server's port, started once
 * for the suite and reset before each test.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectSmsGateway {
}
