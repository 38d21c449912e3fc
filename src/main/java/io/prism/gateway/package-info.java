/**
 * The gateway in front of the graph: what every operation is charged and whether it may run. It applies to both
 * doors alike, because the REST facade runs its operations through the same GraphQL executor.
 */
package io.prism.gateway;
