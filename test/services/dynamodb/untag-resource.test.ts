// TagResource, UntagResource and ListTagsOfResource are exercised together in tag-resource.test.ts.
import './tag-resource.test.js';
