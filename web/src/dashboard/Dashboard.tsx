/** The dashboard is the home page (web/src/home). */
export { Home as Dashboard } from '../home/Home';
