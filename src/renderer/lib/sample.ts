// The sample story of the first run: invented by the Wiremark team in agency style (agency copy is copyrighted),
// bundled into the renderer so that browser mode and the desktop app open it the same way.
import sampleStory from '../../../resources/samples/sample-story.txt?raw'

export const SAMPLE_STORY = { name: 'Sample story.txt', text: sampleStory }
