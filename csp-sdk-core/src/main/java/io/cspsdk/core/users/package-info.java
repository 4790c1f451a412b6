/** Customer user accounts: list, create, update, delete, restore, reset password. */
package io.cspsdk.core.users;
