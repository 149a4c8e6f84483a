import { createRouter, createWebHashHistory } from 'vue-router'
import AppLayout from './components/AppLayout.vue'
import { useBodyStore } from './stores/body'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/setup', component: () => import('./views/setup/SetupWizard.vue') },
    {
      path: '/',
      component: AppLayout,
      redirect: '/dashboard',
      children: [
        { path: 'dashboard', component: () => import('./views/dashboard/DashboardView.vue') },
        { path: 'units', component: () => import('./views/units/UnitsView.vue') },
        { path: 'members', component: () => import('./views/members/RosterView.vue') },
        { path: 'liaisons', component: () => import('./views/liaisons/LiaisonsView.vue') },
        { path: 'tasks', component: () => import('./views/tasks/TasksView.vue') },
        { path: 'reports', component: () => import('./views/reports/ReportsView.vue') },
        { path: 'meetings', component: () => import('./views/meetings/MeetingsView.vue') },
        { path: 'follow-ups', component: () => import('./views/followups/FollowUpsView.vue') },
        { path: 'unit-records', component: () => import('./views/unitRecords/UnitRecordsView.vue') },
        { path: 'groups', component: () => import('./views/groups/GroupsView.vue') },
        { path: 'documents', component: () => import('./views/documents/DocumentsView.vue') },
        { path: 'calendar', component: () => import('./views/calendar/CalendarView.vue') },
        { path: 'recycle-bin', component: () => import('./views/safety/RecycleBinView.vue') },
        { path: 'history', component: () => import('./views/safety/HistoryView.vue') },
        { path: 'settings', component: () => import('./views/settings/SettingsView.vue') },
      ],
    },
  ],
})

// Until the first-start wizard has run, every page leads to it.
router.beforeEach(async (to) => {
  const body = useBodyStore()
  if (!body.today) {
    try {
      await body.load()
    } catch (e) {
      body.startError = e instanceof Error ? e.message : String(e)
      return true
    }
  }
  if (!body.configured && to.path !== '/setup') return '/setup'
  if (body.configured && to.path === '/setup') return '/dashboard'
})
