// Get, put and delete of a bucket's tags are one round trip; their behaviour is tested together.
import './put-bucket-tagging.test.js';
