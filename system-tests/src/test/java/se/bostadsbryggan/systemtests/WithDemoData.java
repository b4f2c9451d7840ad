package se.bostadsbryggan.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link RunningSystem} parameter that must hold the local run's demo data, as
 * {@code ./run.sh} starts it, instead of the empty system the other tests share.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface WithDemoData {

}
