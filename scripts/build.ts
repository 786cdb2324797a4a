// `npm run build`: the production build of the Remix app.
import { buildApp } from "./lib/build";

buildApp();
