/** The organisation's users: invite, change role, deactivate, delete. */
export { UsersModule } from './users.module';
