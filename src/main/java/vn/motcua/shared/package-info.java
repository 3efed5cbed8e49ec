/**
 * Shared kernel: value objects and the problem types every module may raise. Records and exceptions only, no beans.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.shared;
