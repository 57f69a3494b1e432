/**
 * The portal's pages: server-rendered HTML from Thymeleaf templates, every text from the message
 * bundles in Chinese (default) and English, readable without JavaScript and on a phone.
 */
package org.sunshineledger.portal.page;
