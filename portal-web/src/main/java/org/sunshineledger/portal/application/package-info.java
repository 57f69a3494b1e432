/** Use cases of the portal: each public method is one transaction over the domain. */
package org.sunshineledger.portal.application;
