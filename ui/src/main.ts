import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import App from './App.vue'
import { router } from './router'
import { useBodyStore } from './stores/body'
import { notifyError } from './utils/errors'

dayjs.locale('zh-cn')

const app = createApp(App)
app.use(createPinia())
app.use(router)
void useBodyStore().watchDeskProblem()
app.config.errorHandler = (e) => notifyError(e)
router.onError((e) => notifyError(e))
app.mount('#app')
