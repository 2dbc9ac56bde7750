/** The read model on Operaton's database: the class EngineModule binds to ProcessHistory, and its database token. */
export { ENGINE_DATABASE_URL } from './history-database';
export { OperatonHistory } from './operaton-history';
