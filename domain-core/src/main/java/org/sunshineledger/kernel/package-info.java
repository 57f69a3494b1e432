/**
 * The shared kernel (共享内核): what every bounded context uses — the domain exception that names the
 * rule a command broke and the figures that broke it.
 */
package org.sunshineledger.kernel;
