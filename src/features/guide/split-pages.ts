// Top-level pages that load apart from the entry: the topic lists (home, /guide) with their cards and icons.
// A guide page, where most shared links land, needs neither (src/routes.ts splitPages; the build preloads
// this module into their prerendered pages, so they hydrate without waiting for it).
export { HomePage } from './home-page';
export { GuideIndexPage } from './guide-index-page';
