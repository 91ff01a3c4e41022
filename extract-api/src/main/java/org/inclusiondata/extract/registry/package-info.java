/**
 * The extractors a run can use, discovered with {@link java.util.ServiceLoader} from a class loader
 * or a module layer, and the choice among them by language, script and priority.
 */
package org.inclusiondata.extract.registry;
