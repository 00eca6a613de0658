/**
 * The small, stable kernel every feature uses: Vietnamese text, problem responses,
 * paging, time and start-up.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dost.registry.shared;
