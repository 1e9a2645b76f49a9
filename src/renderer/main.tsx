import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { installFontRefresh } from './lib/fontRefresh'
import './styles/fonts.css'
import './styles/app.css'

installFontRefresh()
const el = document.getElementById('root')
if (!el) throw new Error('Wiremark: #root is missing from index.html')
createRoot(el).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
