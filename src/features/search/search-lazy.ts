// Everything the site search needs beyond the header's plain form, as one lazily loaded module: the
// working box, its results list, the /search page, the matcher and the index query. One module (rather
// than one per screen) keeps the bundler from splitting shared code out of every page's entry chunk.
export { default as SearchBox } from './search-box';
export { SearchRoutes } from './search-routes';
